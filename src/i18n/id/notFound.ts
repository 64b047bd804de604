/** Texts of the notFound pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {};
