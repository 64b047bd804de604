/** Texts of the region pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {};
