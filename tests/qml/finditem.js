.pragma library

// Finds the first visible item under `root` whose text is `text`, looking depth first.
function byText(root, text) {
    if (!root || !root.visible)
        return null;
    if (root.text === text)
        return root;
    for (let i = 0; i < root.children.length; ++i) {
        const found = byText(root.children[i], text);
        if (found)
            return found;
    }
    return null;
}

// The same, matching a text field's placeholder.
function byPlaceholder(root, text) {
    return byProperty(root, "placeholderText", text);
}

function byProperty(root, property, value) {
    if (!root || !root.visible)
        return null;
    if (root[property] === value)
        return root;
    for (let i = 0; i < root.children.length; ++i) {
        const found = byProperty(root.children[i], property, value);
        if (found)
            return found;
    }
    return null;
}
