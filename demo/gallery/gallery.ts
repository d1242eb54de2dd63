/** The designers' gallery (`npm start`, then /gallery/): each element alone, in each state. */
import { Gallery } from './app.js';
import { strings } from './strings.js';

document.title = strings.title;
const gallery = new Gallery(document.querySelector<HTMLElement>('#gallery')!);
(window as { gallery?: Gallery }).gallery = gallery; // For poking at a state from the console.
