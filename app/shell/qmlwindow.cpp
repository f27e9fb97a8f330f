#include "shell/qmlwindow.h"

#include "models/appcontroller.h"
#include "shell/qrimageprovider.h"

#include <QEventLoop>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(CommonGroundPlugin)
Q_IMPORT_QML_PLUGIN(CommonGround_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(CommonGround_ScanPlugin)

namespace cg {

QmlWindow::QmlWindow()
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine.setNetworkAccessManagerFactory(&m_offline);
    m_engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider);  // the engine owns it
    QObject::connect(&m_engine, &QQmlEngine::warnings, [this](const QList<QQmlError> &warnings) {
        for (const QQmlError &warning : warnings)
            m_warnings << warning.toString();
    });
}

bool QmlWindow::load(AppController &controller, QSize size, QString *error)
{
    m_engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&controller)},
                                   {QStringLiteral("width"), size.width()},
                                   {QStringLiteral("height"), size.height()}});
    m_engine.load(QUrl(QStringLiteral("qrc:/qt/qml/CommonGround/Main.qml")));
    m_window = m_engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(m_engine.rootObjects().first());
    if (!m_window) {
        *error = QStringLiteral("the main screen could not be loaded:\n") + m_warnings.join(QLatin1Char('\n'));
        return false;
    }
    return true;
}

bool QmlWindow::waitForFrame()
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    QObject::connect(m_window, &QQuickWindow::frameSwapped, &loop, [&loop] { loop.exit(0); });
    m_window->requestUpdate();
    timeout.start(5000);
    return loop.exec() == 0;
}

} // namespace cg
