// What a host page does with the guide's events: here, keep them for the test to read.
window.waymarkEvents = [];
for (const type of ['waymark-step', 'waymark-finish']) {
  document.addEventListener(type, (e) => {
    window.waymarkEvents.push({ type, guide: e.target.id, detail: e.detail });
    const li = document.createElement('li');
    li.textContent = `${e.target.id} ${type} ${JSON.stringify(e.detail)}`;
    document.getElementById('log').append(li);
  });
}
