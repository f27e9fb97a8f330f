#include "server/dashboardpage.h"

#include "core/isoweek.h"
#include "server/acceptedreport.h"
#include "server/dashboardlayout.h"
#include "server/htmlpage.h"
#include "server/svgchart.h"

#include <QLocale>

namespace cg {
namespace {

QLocale british()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

// A figure as the page shows it: "1,235", "<10" or "hidden".
QString figureHtml(const PublishedFigure &figure)
{
    if (figure.kind == PublishedFigure::Kind::Rounded)
        return british().toString(figure.shown);
    return htmlEscaped(figure.text());
}

// "25 August to 23 November 2026" for the weeks of a period.
QString periodDates(const ReportPeriod &period)
{
    const QDate first = *isoWeekMonday(period.first());
    const QDate last = isoWeekMonday(period.last())->addDays(6);
    const QString end = british().toString(last, QStringLiteral("d MMMM yyyy"));
    const QString start = british().toString(first, first.year() == last.year() ? QStringLiteral("d MMMM") : QStringLiteral("d MMMM yyyy"));
    return QStringLiteral("%1 to %2").arg(start, end);
}

// A table that scrolls sideways inside itself when the window is narrower (a phone, large text),
// reachable and named for keyboard and screen reader users.
QString scrollable(const QString &name, const QString &table)
{
    return QStringLiteral("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"%1\">").arg(name) + table
        + QStringLiteral("</div>");
}

QString anchorFor(const Metric &metric)
{
    return QStringLiteral("m-") + QString(metric.name).replace(QLatin1Char('.'), QLatin1Char('-')).replace(QLatin1Char('_'), QLatin1Char('-'));
}

// A breakdown row's words: "Talking when things are tense, Part 3".
QString rowName(const LabelNames &names, const Breakdown &breakdown, const QString &row)
{
    const QHash<QString, QString> labels = labelsFromKey(row);
    QStringList words;
    for (const QString &label : breakdown.labels)
        words << names.name(label, labels.value(label));
    return words.join(QStringLiteral(", "));
}

// What a breakdown's rows are, such as "guide and part".
QString rowKind(const Breakdown &breakdown)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("module"), QStringLiteral("guide")},         {QStringLiteral("section"), QStringLiteral("part")},
        {QStringLiteral("answer"), QStringLiteral("answer")},        {QStringLiteral("category"), QStringLiteral("topic")},
        {QStringLiteral("tier"), QStringLiteral("level of help")},   {QStringLiteral("agency"), QStringLiteral("kind of service")},
        {QStringLiteral("stage"), QStringLiteral("check-in")},       {QStringLiteral("measure"), QStringLiteral("measure")},
        {QStringLiteral("band"), QStringLiteral("change")},
    };
    QStringList parts;
    for (const QString &label : breakdown.labels)
        parts << words.value(label, label);
    return parts.join(QStringLiteral(" and "));
}

QString totalsHtml(const MetricFigures &metric)
{
    QString html = QStringLiteral("<div class=\"totals\">");
    for (const PlaceFigures &place : metric.places) {
        html += QStringLiteral("<div class=\"stat\"><p class=\"place\">%1</p><p class=\"figure\">%2</p></div>")
                    .arg(htmlEscaped(place.name), figureHtml(place.total));
    }
    return html + QStringLiteral("</div>");
}

QString trendsHtml(const MetricFigures &metric, const DashboardView &view)
{
    QStringList periods;
    if (view.byMonth) {
        for (const QString &month : view.period.months)
            periods << monthName(month);
    } else {
        periods = view.period.weeks;
    }
    const QString grain = view.byMonth ? QStringLiteral("month") : QStringLiteral("week");
    const QString title = dashboardTitle(metric.metric);
    QString charts = QStringLiteral("<div class=\"trends\">");
    QString head = QStringLiteral("<tr><th scope=\"col\">%1</th>").arg(view.byMonth ? QStringLiteral("Month") : QStringLiteral("Week"));
    for (const PlaceFigures &place : metric.places) {
        const QList<PublishedFigure> &figures = view.byMonth ? place.months : place.weeks;
        charts += QStringLiteral("<figure><figcaption>%1, by %2</figcaption>").arg(htmlEscaped(place.name), grain)
            + trendChart(QStringLiteral("%1 in %2, by %3, from %4 to %5")
                             .arg(title, place.name, grain, periods.first(), periods.last()),
                         periods, figures)
            + QStringLiteral("</figure>");
        head += QStringLiteral("<th scope=\"col\">%1</th>").arg(htmlEscaped(place.name));
    }
    QString rows;
    for (int i = 0; i < periods.size(); ++i) {
        rows += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(htmlEscaped(periods.at(i)));
        for (const PlaceFigures &place : metric.places)
            rows += QStringLiteral("<td>%1</td>").arg(figureHtml((view.byMonth ? place.months : place.weeks).at(i)));
        rows += QStringLiteral("</tr>");
    }
    const QString tableName = QStringLiteral("%1 by %2").arg(htmlEscaped(title), grain);
    return charts + QStringLiteral("</div><details><summary>Figures by %1</summary>").arg(grain)
        + scrollable(tableName, QStringLiteral("<table><thead>%1</tr></thead><tbody>%2</tbody></table>").arg(head, rows))
        + QStringLiteral("</details>");
}

QString breakdownHtml(const MetricFigures &metric, int b, const LabelNames &names)
{
    const Breakdown &breakdown = metric.breakdowns.at(b);
    const qint64 largest = largestShown(metric.places.first().breakdowns.at(b));
    QString kind = rowKind(breakdown);
    kind[0] = kind.at(0).toUpper();
    QString head = QStringLiteral("<tr><th scope=\"col\">%1</th>").arg(htmlEscaped(kind));
    for (const PlaceFigures &place : metric.places)
        head += QStringLiteral("<th scope=\"col\">%1</th>").arg(htmlEscaped(place.name));
    QString rows;
    for (int row = 0; row < breakdown.rows.size(); ++row) {
        rows += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(htmlEscaped(rowName(names, breakdown, breakdown.rows.at(row))));
        for (int p = 0; p < metric.places.size(); ++p) {
            const PublishedFigure &figure = metric.places.at(p).breakdowns.at(b).at(row);
            // The bar is drawn for the area only: its own scale, beside its number.
            rows += p == 0 ? QStringLiteral("<td class=\"withbar\">%1 %2</td>").arg(rowBar(figure, largest), figureHtml(figure))
                           : QStringLiteral("<td>%1</td>").arg(figureHtml(figure));
        }
        rows += QStringLiteral("</tr>");
    }
    const QString caption = htmlEscaped(QStringLiteral("By ") + rowKind(breakdown));
    return scrollable(caption, QStringLiteral("<table class=\"breakdown\"><caption>%1</caption><thead>%2</tr></thead><tbody>%3</tbody></table>")
                                   .arg(caption, head, rows));
}

QString metricHtml(const MetricFigures &metric, const DashboardView &view)
{
    const QString anchor = anchorFor(metric.metric);
    QString html = QStringLiteral("<section class=\"metric\" id=\"%1\" aria-labelledby=\"%1-h\"><h2 id=\"%1-h\">%2</h2><p class=\"note\">%3</p>")
                       .arg(anchor, htmlEscaped(dashboardTitle(metric.metric)), htmlEscaped(dashboardNote(metric.metric)));
    html += totalsHtml(metric) + trendsHtml(metric, view);
    for (int b = 0; b < metric.breakdowns.size(); ++b)
        html += breakdownHtml(metric, b, view.names);
    return html + QStringLiteral("</section>");
}

QString signedInBar(const QString &email)
{
    return QStringLiteral("<div class=\"who\"><p>Signed in as %1</p>"
                          "<form method=\"post\" action=\"/logout\"><button type=\"submit\" class=\"quiet\">Sign out</button></form></div>")
        .arg(htmlEscaped(email));
}

QString periodForm(const DashboardView &view)
{
    const QString code = htmlEscaped(view.area.code);
    return QStringLiteral("<form class=\"period\" method=\"get\" action=\"/areas/%1\">"
                          "<div><label for=\"from\">First week</label><input id=\"from\" name=\"from\" type=\"week\" required value=\"%2\"></div>"
                          "<div><label for=\"to\">Last week</label><input id=\"to\" name=\"to\" type=\"week\" required value=\"%3\"></div>"
                          "<div><label for=\"by\">Show trends by</label><select id=\"by\" name=\"by\">"
                          "<option value=\"week\"%4>Week</option><option value=\"month\"%5>Month</option></select></div>"
                          "<div><button type=\"submit\">Show</button></div></form>")
        .arg(code, view.period.first(), view.period.last(), view.byMonth ? QString() : QStringLiteral(" selected"),
             view.byMonth ? QStringLiteral(" selected") : QString());
}

QString downloadSection(const DashboardView &view)
{
    QString options;
    for (const QString &quarter : view.quarters)
        options += QStringLiteral("<option>%1</option>").arg(htmlEscaped(quarter));
    return QStringLiteral("<section class=\"download\" aria-labelledby=\"download-h\"><h2 id=\"download-h\">Download or print</h2>"
                          "<form method=\"get\" action=\"/api/v1/areas/%1/export.csv\">"
                          "<label for=\"quarter\">Quarter for the quarterly return (CSV)</label>"
                          "<select id=\"quarter\" name=\"quarter\">%2</select>"
                          "<button type=\"submit\">Download CSV</button></form>"
                          "<p>To print this page or save it as a PDF, use your browser's Print command. "
                          "Charts and tables print; the forms do not.</p></section>")
        .arg(htmlEscaped(view.area.code), options);
}

QString protectionNote()
{
    return QStringLiteral(
        "<section class=\"protect\" aria-labelledby=\"protect-h\"><h2 id=\"protect-h\">How small numbers are protected</h2>"
        "<p>So that no family can be picked out, 0 is shown as 0, numbers from 1 to 9 as &lt;10, and everything else "
        "rounded to the nearest 5. A figure is shown as <em>hidden</em> where, with the figures around it, it would "
        "give away a number under 10. In charts, a dashed outline is a number under 10 (drawn as high as it could be) "
        "and a short grey mark is a hidden figure. Because of rounding, figures may not add up exactly.</p></section>");
}

} // namespace

QByteArray dashboardPage(const DashboardView &view)
{
    QString body = signedInBar(view.email);
    body += QStringLiteral("<h1>%1</h1><p class=\"lead\">%2 (weeks %3 to %4)%5</p>")
                .arg(htmlEscaped(view.area.name), periodDates(view.period), view.period.first(), view.period.last(),
                     view.area.region.isEmpty() ? QString()
                                                : QStringLiteral(", beside the %1 region and the whole country").arg(htmlEscaped(view.area.region)));
    if (!view.otherAreas.isEmpty()) {
        QStringList links;
        for (const Area &other : view.otherAreas)
            links << QStringLiteral("<a href=\"/areas/%1\">%2</a>").arg(htmlEscaped(other.code), htmlEscaped(other.name));
        body += QStringLiteral("<nav class=\"areas\" aria-label=\"Other areas\"><p>Other areas: %1</p></nav>").arg(links.join(QStringLiteral(" · ")));
    }
    body += periodForm(view);
    QString contents;
    for (const MetricFigures &metric : view.figures.metrics)
        contents += QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(anchorFor(metric.metric), htmlEscaped(dashboardTitle(metric.metric)));
    body += QStringLiteral("<nav class=\"contents\" aria-label=\"On this page\"><ul>%1</ul></nav>").arg(contents);
    body += protectionNote();
    for (const MetricFigures &metric : view.figures.metrics)
        body += metricHtml(metric, view);
    body += downloadSection(view);
    return htmlPage(view.area.name, body);
}

QByteArray areaChoicePage(const QString &email, const QList<Area> &areas)
{
    QString items;
    for (const Area &area : areas) {
        items += QStringLiteral("<li><a href=\"/areas/%1\">%2</a>%3</li>")
                     .arg(htmlEscaped(area.code), htmlEscaped(area.name),
                          area.region.isEmpty() ? QString() : QStringLiteral(" <span class=\"region\">(%1)</span>").arg(htmlEscaped(area.region)));
    }
    const QString body = signedInBar(email)
        + (areas.isEmpty() ? QStringLiteral("<h1>Your areas</h1><p>There are no areas for this account to see yet.</p>")
                           : QStringLiteral("<h1>Your areas</h1><p>Choose an area to see its figures.</p><ul class=\"arealist\">%1</ul>").arg(items));
    return htmlPage(QStringLiteral("Your areas"), body);
}

} // namespace cg
