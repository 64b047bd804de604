/** Texts of the about page (see CONTRIBUTING.md, "Interface text"). */
export default {
  title: 'Tentang portal ini',
  what: 'Apa ini?',
  whatText:
    'Masterplan Terbuka menerbitkan Masterplan Smart City kabupaten dan kota di Indonesia sebagai halaman web yang mudah dicari dan dibaca, termasuk di ponsel. Tujuannya keterbukaan dan literasi publik: warga, jurnalis, dan pemerintah daerah dapat melihat apa yang direncanakan, kapan, dan sejauh mana kemajuannya.',
  data: 'Dari mana datanya?',
  dataText:
    'Setiap fakta tentang daerah nyata berasal dari sumber yang dikutip di halaman daerah atau program: dokumen masterplan, peraturan, atau berita. Hal yang belum diketahui ditulis “belum tersedia”, tidak pernah ditebak. Kota Contoh adalah daerah fiktif untuk menunjukkan semua fitur portal.',
  howMade: 'Bagaimana portal ini dibuat?',
  howMadeText:
    'Isi portal disimpan sebagai berkas teks di repositori git, satu folder per daerah. Setiap perubahan diperiksa otomatis sebelum terbit, dan riwayat perubahannya tercatat.',
  licence: 'Lisensi',
  licenceText:
    'Data portal berlisensi Creative Commons Atribusi 4.0 (CC BY 4.0), kecuali jika halaman daerah menyebutkan lain. Silakan pakai ulang dengan menyebut sumbernya.',
  report: 'Menemukan kesalahan?',
  reportText: 'Sebutkan alamat halaman, apa yang salah, dan sumber yang benar (judul, media, tanggal, atau alamat web). Setiap koreksi diperiksa terhadap sumbernya sebelum terbit.',
  /** Set per deployment (CONTACT_EMAIL, src/lib/deployment.ts). */
  reportEmail: 'Tulis ke pengelola portal:',
  /** Set per deployment (REPOSITORY_URL). */
  reportRepository: 'Atau, bila Anda punya akun, buka issue atau merge request di repositori portal:',
  /** Neither is set: where to write, in words, with no link that could lead nowhere. */
  reportNoContact:
    'Tulis ke Dinas Komunikasi dan Informatika (Diskominfo) daerah yang bersangkutan; alamatnya ada di situs resmi pemerintah daerah itu. Untuk kesalahan portal sendiri, tulis ke instansi yang menerbitkan situs ini.',
  glossaryLink: 'Istilah yang belum jelas? Lihat glosarium.',
};
