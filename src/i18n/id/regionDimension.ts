/** Texts of the regionDimension pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {};
