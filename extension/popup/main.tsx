import { render } from 'preact';
import { entityPanelCss } from '../entities/entity-styles.ts';
import { Popup } from './Popup.tsx';

const entityStyle = document.createElement('style');
entityStyle.textContent = entityPanelCss('system');
document.head.append(entityStyle);

document.documentElement.lang = navigator.language.toLowerCase().startsWith('id') ? 'id' : 'en';
render(<Popup />, document.getElementById('app')!);

// The library page asks too; whichever opens first makes the highlights database persistent where the browser agrees.
void navigator.storage?.persist?.();
