// A host page's own module: one guide for the service in its address (?service=…), and a
// record of what the page sees of Waymark (CSP violations).
import '../waymark.js';

window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`));
const guide = document.createElement('waymark-guide');
guide.setAttribute('service', new URLSearchParams(location.search).get('service') ?? 'dibao');
document.querySelector('main').append(guide);
