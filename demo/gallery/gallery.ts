/** The designers' gallery: each element alone, in each state (see issue 7). */
document.querySelector('#gallery')!.textContent = 'The gallery is being built.';
