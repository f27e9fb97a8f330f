// Runs the tst_*.qml files in this folder. Each test file gets a freshly assembled app (on its
// own scratch data folder) as the singleton CommonGround.Testing/TestApp.
#include "shell/appcomposition.h"
#include "shell/qrimageprovider.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(CommonGroundPlugin)
Q_IMPORT_QML_PLUGIN(CommonGround_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(CommonGround_ScanPlugin)

class QmlTestSetup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->addImageProvider(QStringLiteral("qr"), new cg::QrImageProvider);  // as the app's window does
        auto dir = std::make_unique<QTemporaryDir>();
        cg::AppOptions options;
        options.dataDir = dir->path();
        QString error;
        auto app = cg::AppComposition::create(options, &error);
        if (!app)
            qFatal("cannot assemble the app for QML tests: %s", qPrintable(error));
        qmlRegisterSingletonInstance("CommonGround.Testing", 1, 0, "TestApp", &app->controller());
        m_dirs.push_back(std::move(dir));
        m_apps.push_back(std::move(app));
    }

private:
    // Apps are kept until the end: QML may still hold them while a test file finishes.
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
    std::vector<std::unique_ptr<cg::AppComposition>> m_apps;
};

QUICK_TEST_MAIN_WITH_SETUP(commonground, QmlTestSetup)

#include "tst_qml.moc"
