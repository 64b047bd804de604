/** Texts of the data pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {};
