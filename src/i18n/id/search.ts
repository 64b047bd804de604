/** Texts of the search pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {};
