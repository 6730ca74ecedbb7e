// Code blocks: a copy button on each (the text copied as written, not the highlighted HTML), and the tabs that
// switch between the code samples of an operation.
function copyButton(block) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', 'Copy the code');
  button.addEventListener('click', async () => {
    const text = block.querySelector('code')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch {
      // A page served over plain HTTP from another host has no clipboard API; selecting lets the reader copy.
      const selection = getSelection();
      const range = document.createRange();
      range.selectNodeContents(block);
      selection?.removeAllRanges();
      selection?.addRange(range);
      button.textContent = 'Selected';
    }
    setTimeout(() => {
      button.textContent = 'Copy';
    }, 1500);
  });
  return button;
}

function startTabs(container) {
  const tabs = [...container.querySelectorAll('[role="tab"]')];
  for (const tab of tabs) {
    tab.addEventListener('click', () => {
      for (const other of tabs) {
        const selected = other === tab;
        other.setAttribute('aria-selected', String(selected));
        const panel = document.getElementById(other.getAttribute('aria-controls'));
        if (panel) panel.hidden = !selected;
      }
    });
  }
}

for (const block of document.querySelectorAll('pre.code-block')) block.append(copyButton(block));
for (const container of document.querySelectorAll('.code-samples')) startTabs(container);
