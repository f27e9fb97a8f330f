import QtQuick

// A Column that keeps a narrower child, such as a text button, at the start of the line in both
// directions. Qt's Column always leaves children at the left edge, which is the far end for a
// reader of a right-to-left language.
Column {
    id: column

    onPositioningComplete: {
        if (!column.LayoutMirroring.enabled)
            return;
        for (let i = 0; i < column.children.length; ++i) {
            const child = column.children[i];
            child.x = column.width - child.width;
        }
    }
}
