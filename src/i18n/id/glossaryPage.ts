/** Texts of the glossaryPage pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {};
