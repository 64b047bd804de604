/** Texts of the about pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {};
