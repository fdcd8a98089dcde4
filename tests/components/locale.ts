/** The English translator the components get in tests, built from the shipped messages.json. */
import en from '../../public/_locales/en/messages.json';
import { translatorFrom, type MessageFile } from '../../components/i18n';

export const t = translatorFrom(en as MessageFile);
