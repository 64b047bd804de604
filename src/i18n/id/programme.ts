/** Texts of the programme pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {};
