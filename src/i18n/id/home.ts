/** Texts of the home pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {};
