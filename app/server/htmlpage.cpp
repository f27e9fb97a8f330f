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
        // The dashboard.
        "select{font:inherit;padding:0.45rem;border:2px solid #555;border-radius:4px;background:#fff}"
        "select:focus,a:focus{outline:3px solid #f2a900;outline-offset:2px}"
        "a{color:#14524f}h1{margin:0.5rem 0 0.25rem}.lead{margin-top:0;font-size:1.1rem}"
        ".who{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:flex-end}.who p{margin:0}"
        ".who button.quiet{margin:0;background:none;color:#14524f;border:2px solid #14524f;padding:0.3rem 0.8rem}"
        "form.period{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-end;background:#fff;padding:1rem;border-radius:6px}"
        "form.period label{margin-top:0}form.period>div{flex:1 1 11rem;min-width:0}form.period input{width:100%}"
        "form.period button{margin-top:0}"
        ".contents ul{columns:2 16rem;padding-left:1.2rem}"
        "section{background:#fff;border-radius:6px;padding:1rem 1.25rem;margin:1.25rem 0}"
        "section h2{margin:0 0 0.25rem;font-size:1.35rem}.note{margin-top:0;color:#3d3d3d}"
        ".totals{display:flex;flex-wrap:wrap;gap:0.75rem}.stat{border:1px solid #c9c9c9;border-radius:6px;padding:0.5rem 1rem;min-width:9rem}"
        ".stat p{margin:0}.stat .place{font-size:0.95rem}.stat .figure{font-size:1.6rem;font-weight:700}"
        ".trends{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(15rem,100%),1fr));gap:0.75rem;margin-top:0.75rem}"
        "figure{margin:0}figcaption{font-weight:600;font-size:0.95rem}"
        "svg.trend{width:100%;height:auto;display:block}svg.trend text{font-size:11px;fill:#1b1b1b;font-family:system-ui,sans-serif}"
        "details{margin:0.5rem 0}summary{cursor:pointer;color:#14524f;font-weight:600}"
        "table{border-collapse:collapse;margin:0.75rem 0;min-width:20rem}caption{text-align:left;font-weight:600;padding:0.25rem 0}"
        "th,td{text-align:left;padding:0.3rem 0.75rem 0.3rem 0;border-bottom:1px solid #e0e0e0;vertical-align:middle}"
        "td{font-variant-numeric:tabular-nums}td.withbar{white-space:nowrap}svg.bar{vertical-align:middle;margin-right:0.4rem}"
        ".download button{margin-top:0.75rem}.arealist li{margin:0.3rem 0}"
        ".scroll{overflow-x:auto;max-width:100%}.scroll:focus{outline:3px solid #f2a900;outline-offset:2px}"
        "h1,h2,p,li,figcaption{overflow-wrap:anywhere}"
        "@media print{header{background:none;color:#000}button,form,form.period,nav,.who,summary{display:none}"
        "body,section{background:#fff}section{break-inside:avoid;padding:0;margin:0 0 1rem}main{max-width:none;padding:0}}");
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
