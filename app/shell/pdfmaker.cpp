#include "shell/pdfmaker.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace cg {

QByteArray htmlToPdf(const QString &html)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setTitle(QStringLiteral("Journal summary"));
        writer.setCreator(QStringLiteral("Common Ground"));
        QTextDocument document;
        document.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 20pt; } h2 { font-size: 15pt; } "
                                                     "h3 { font-size: 12pt; } body { font-size: 11pt; }"));
        document.setHtml(html);
        document.print(&writer);
    }
    return pdf;
}

} // namespace cg
