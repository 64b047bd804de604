import type { Translation } from '../translate.ts';
import type about from '../id/about.ts';

export default {
  title: 'About this portal',
  what: 'What is this?',
  whatText:
    'Masterplan Terbuka publishes the Smart City Masterplans of Indonesia’s regencies and cities as web pages that are easy to search and read, on phones too. Its aim is openness and public literacy: citizens, journalists and local governments can see what is planned, when, and how far it has come.',
  data: 'Where does the data come from?',
  dataText:
    'Every fact about a real region comes from a source cited on the region or programme page: masterplan documents, regulations or news. What is not known says “not yet available” and is never guessed. Kota Contoh is a fictional region that shows every feature of the portal.',
  howMade: 'How is the portal made?',
  howMadeText:
    'The content is kept as text files in a git repository, one folder per region. Every change is checked automatically before it is published, and its history is recorded.',
  licence: 'Licence',
  licenceText:
    'The portal’s data is licensed Creative Commons Attribution 4.0 (CC BY 4.0) unless a region’s page says otherwise. Reuse it freely and credit the source.',
  report: 'Found a mistake?',
  reportText: 'Give the page’s address, what is wrong and the correct source (title, outlet, date or web address). Every correction is checked against its source before it is published.',
  reportEmail: 'Write to the portal’s editors:',
  reportRepository: 'Or, if you have an account, open an issue or merge request in the portal’s repository:',
  reportNoContact:
    'Write to the communication and informatics office (Diskominfo) of the region concerned; its address is on that regional government’s official website. For mistakes of the portal itself, write to the institution that publishes this site.',
  glossaryLink: 'Unclear terms? See the glossary.',
} satisfies Translation<typeof about>;
