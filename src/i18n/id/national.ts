/** Texts of the national pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {};
