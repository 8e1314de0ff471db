// Progressive enhancement of the upload forms (form[data-upload]): sends the form with XMLHttpRequest to show
// its <progress> bar and a spoken status, then goes where the server says (the page a plain post is
// redirected to). A refusal (size, type…) puts the server's answer in place of the page's main content: the
// same form with its field errors. Without this script the form posts normally.
(() => {
  function enhance(root) {
    for (const form of root.querySelectorAll('form[data-upload]')) {
      if (form.dataset.enhanced) continue;
      form.dataset.enhanced = '1';
      form.addEventListener('submit', (event) => send(event, form));
    }
  }

  /** The same-origin path of a success answer, or null. */
  function redirectOf(text) {
    try {
      const path = JSON.parse(text)?.data?.redirect;
      return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') ? path : null;
    } catch {
      return null;
    }
  }

  function send(event, form) {
    const box = form.querySelector('.upload-progress');
    const bar = box?.querySelector('progress');
    const status = box?.querySelector('[aria-live]');
    const button = form.querySelector('button[type="submit"]');
    if (!box || !bar || !status || typeof FormData === 'undefined') return;
    event.preventDefault();
    const say = (text) => {
      status.textContent = text;
    };
    box.hidden = false;
    bar.value = 0;
    status.classList.remove('error-text');
    if (button) button.disabled = true;
    let announced = -1;
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'text/html');
    // Success then answers {ok, data: {redirect}} instead of a redirect (see manage-upload.tsx).
    xhr.setRequestHeader('X-Upload-Progress', '1');
    xhr.upload.addEventListener('progress', (e) => {
      if (!e.lengthComputable) return;
      const percent = Math.floor((e.loaded / e.total) * 100);
      bar.value = percent;
      // Spoken every quarter, not at each event.
      const quarter = Math.floor(percent / 25);
      if (quarter !== announced) {
        announced = quarter;
        say(status.dataset.sending.replace('{percent}', String(percent)));
      }
    });
    const failed = () => {
      if (button) button.disabled = false;
      status.classList.add('error-text');
      say(status.dataset.failed);
    };
    xhr.addEventListener('error', failed);
    xhr.addEventListener('abort', failed);
    xhr.addEventListener('load', () => {
      const target = xhr.status === 200 ? redirectOf(xhr.responseText) : null;
      if (target) {
        bar.value = 100;
        say(status.dataset.done);
        window.location.assign(target);
        return;
      }
      const doc = new DOMParser().parseFromString(xhr.responseText || '', 'text/html');
      const next = doc.querySelector('main');
      const current = document.querySelector('main');
      if (!next || !current) return failed();
      document.title = doc.title;
      current.replaceWith(document.adoptNode(next));
      enhance(next);
      const summary = next.querySelector('#error-summary') || next;
      summary.focus();
    });
    xhr.send(new FormData(form));
  }

  enhance(document);
})();
