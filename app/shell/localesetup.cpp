#include "shell/localesetup.h"

#include "shell/pseudolocaletranslator.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

namespace cg {

bool setUpLocale(QGuiApplication &app, const QString &localeName, QString *error)
{
    QString name = localeName;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (name == QLatin1String("en_XA")) {
        app.installTranslator(new PseudoLocaleTranslator(PseudoLocaleTranslator::Kind::Lengthen, &app));
        return true;
    }
    if (name == QLatin1String("ar_XB")) {
        QLocale::setDefault(QLocale(QLocale::Arabic));
        app.installTranslator(new PseudoLocaleTranslator(PseudoLocaleTranslator::Kind::RightToLeft, &app));
        app.setLayoutDirection(Qt::RightToLeft);
        return true;
    }
    const QLocale locale = name.isEmpty() ? QLocale::system() : QLocale(name);
    if (!name.isEmpty() && locale.language() == QLocale::C) {
        *error = QStringLiteral("unknown locale '%1': use a name such as en_GB, or en-XA / ar-XB").arg(localeName);
        return false;
    }
    QLocale::setDefault(locale);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("commonground"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(translator);
    else
        delete translator;
    app.setLayoutDirection(locale.textDirection());
    return true;
}

} // namespace cg
