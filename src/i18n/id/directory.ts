/** Texts of the directory pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {};
