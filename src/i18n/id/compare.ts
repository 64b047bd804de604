/** Texts of the compare pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {};
