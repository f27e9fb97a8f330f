#include "android/androidplatform.h"

#include "platformfactory.h"

#include "android/androidkeystorekeystore.h"

#include <QDir>

#include <QDesktopServices>
#include <QCoreApplication>
#include <QJniObject>
#include <QtCore/private/qandroidextras_p.h>

namespace cg {
namespace {

constexpr jint kFlagSecure = 0x00002000;  // android.view.WindowManager.LayoutParams.FLAG_SECURE

QJniObject activity()
{
    return QJniObject(QNativeInterface::QAndroidApplication::context());
}

} // namespace

AndroidPlatform::AndroidPlatform()
{
    // Window flags may only change on Android's UI thread.
    QNativeInterface::QAndroidApplication::runOnAndroidMainThread([] {
        QJniObject window = activity().callObjectMethod("getWindow", "()Landroid/view/Window;");
        if (window.isValid())
            window.callMethod<void>("addFlags", "(I)V", kFlagSecure);
    });
}

bool AndroidPlatform::leaveApp()
{
    if (!activity().isValid())
        return false;
    // finishAndRemoveTask() closes the activity and takes the task out of recent apps, so no
    // preview or "back" leads into the app. It must run on Android's UI thread. The journal and
    // progress are already saved as they are written, so closing loses nothing.
    QNativeInterface::QAndroidApplication::runOnAndroidMainThread([] {
        activity().callMethod<void>("finishAndRemoveTask", "()V");
    });
    return true;
}

double AndroidPlatform::systemFontScale() const
{
    // Configuration.fontScale: the text size from Android's display settings.
    QJniObject resources = activity().callObjectMethod("getResources", "()Landroid/content/res/Resources;");
    QJniObject configuration =
        resources.callObjectMethod("getConfiguration", "()Landroid/content/res/Configuration;");
    const jfloat scale = configuration.isValid() ? configuration.getField<jfloat>("fontScale") : 1.0f;
    return scale > 0 ? double(scale) : 1.0;
}

bool AndroidPlatform::openExternal(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
}

QUrl AndroidPlatform::directionsUrl(const QString &address) const
{
    return QUrl(QStringLiteral("geo:0,0?q=") + QString::fromLatin1(QUrl::toPercentEncoding(address)));
}

bool AndroidPlatform::scheduleReminder(const QDateTime &when, const QString &text)
{
    const QJniObject context = activity();
    if (!context.isValid())
        return false;
    QJniObject::callStaticMethod<void>("org/commonground/app/CheckInReminder", "schedule",
                                       "(Landroid/content/Context;JLjava/lang/String;)V", context.object(),
                                       jlong(when.toMSecsSinceEpoch()), QJniObject::fromString(text).object<jstring>());
    return true;
}

void AndroidPlatform::askToRemind()
{
    // Android 13 and later ask the parent; earlier versions allow it already, and after a "no"
    // Android stops asking by itself.
    QtAndroidPrivate::requestPermission(QStringLiteral("android.permission.POST_NOTIFICATIONS"));
}

void AndroidPlatform::cancelReminder()
{
    const QJniObject context = activity();
    if (context.isValid())
        QJniObject::callStaticMethod<void>("org/commonground/app/CheckInReminder", "cancel",
                                           "(Landroid/content/Context;)V", context.object());
}

std::unique_ptr<PlatformServices> createPlatformServices()
{
    return std::make_unique<AndroidPlatform>();
}

std::unique_ptr<DeviceKeyStore> createDeviceKeyStore(const QString &dataDir)
{
    return std::make_unique<AndroidKeystoreKeyStore>(QDir(dataDir).filePath(QStringLiteral("journal.key.wrapped")));
}

} // namespace cg
