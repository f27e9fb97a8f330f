#include "android/androidplatform.h"

#include "platformfactory.h"

#include <QDesktopServices>
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
    QJniObject current = activity();
    if (!current.isValid())
        return false;
    return current.callMethod<jboolean>("moveTaskToBack", "(Z)Z", jboolean(true));
}

bool AndroidPlatform::openExternal(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
}

std::unique_ptr<PlatformServices> createPlatformServices()
{
    return std::make_unique<AndroidPlatform>();
}

} // namespace cg
