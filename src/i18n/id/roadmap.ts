/** Texts of the roadmap pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {};
