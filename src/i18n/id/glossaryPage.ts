/** Texts of the glossary page (see CONTRIBUTING.md, "Interface text"). */
export default {
  intro: 'Istilah yang sering muncul dalam masterplan Smart City, dijelaskan dengan kata sederhana.',
};
