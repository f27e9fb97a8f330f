import QtQuick
import CommonGround.Models

// Builds a screen the first time it is shown, so start-up only pays for the screen the parent
// actually sees. Tabs stay built once seen (keeping their scroll position); first run is thrown
// away when it is done.
Loader {
    id: holder

    required property url screen
    required property AppController app
    property bool keepWhenHidden: true
    readonly property string title: {
        const page = holder.item as PageScaffold;
        return page ? page.title : "";
    }

    function build() {
        if (!holder.item)
            holder.setSource(holder.screen, { "app": holder.app });
    }

    onVisibleChanged: {
        if (holder.visible)
            holder.build();
        else if (!holder.keepWhenHidden)
            holder.source = "";
    }
    Component.onCompleted: if (holder.visible) holder.build()
}
