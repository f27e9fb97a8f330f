#include "server/htmlpage.h"

namespace cg {

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

QByteArray htmlPage(const QString &title, const QString &body)
{
    static const QString style = QStringLiteral(
        "*{box-sizing:border-box}body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#f6f5f2;line-height:1.5}"
        "header{background:#1f6f6b;color:#fff;padding:0.75rem 1.5rem}header p{margin:0;font-weight:600}"
        "main{max-width:60rem;margin:0 auto;padding:1.5rem}"
        "label{display:block;font-weight:600;margin-top:1rem}"
        "input{font:inherit;padding:0.5rem;width:100%;max-width:24rem;border:2px solid #555;border-radius:4px}"
        "input:focus,button:focus{outline:3px solid #f2a900;outline-offset:2px}"
        "button{display:block;font:inherit;margin-top:1.25rem;padding:0.6rem 1.2rem;background:#1f6f6b;color:#fff;"
        "border:0;border-radius:4px;cursor:pointer}"
        ".message{border-left:6px solid #b3261e;background:#fff;padding:0.75rem 1rem}"
        "@media print{header{background:none;color:#000}button{display:none}}");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<title>%1 – Common Ground statistics</title><style>%2</style></head>"
                          "<body><header><p>Common Ground statistics</p></header><main>%3</main></body></html>\n")
        .arg(htmlEscaped(title), style, body)
        .toUtf8();
}

QByteArray signInPage(const QString &message, const QString &email)
{
    QString body = QStringLiteral("<h1>Sign in</h1>");
    if (!message.isEmpty())
        body += QStringLiteral("<p class=\"message\" role=\"alert\">%1</p>").arg(htmlEscaped(message));
    body += QStringLiteral(
                "<form method=\"post\" action=\"/login\">"
                "<label for=\"email\">E-mail address</label>"
                "<input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\" required value=\"%1\">"
                "<label for=\"password\">Password</label>"
                "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>"
                "<button type=\"submit\">Sign in</button></form>")
                .arg(htmlEscaped(email));
    return htmlPage(QStringLiteral("Sign in"), body);
}

} // namespace cg
