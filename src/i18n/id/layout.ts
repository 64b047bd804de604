/** Texts of the layout pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {};
