#pragma once

#include "core/practitionerguide.h"
#include "core/service.h"

#include "models/guidescreenlistmodel.h"
#include "models/openablelistmodel.h"

#include <QHash>
#include <QtQml/qqmlregistration.h>

namespace cg {

class SettingsController;

// The practitioners' conversation guide: its chapters (the rows of this list, each opened by
// writing `opened`), then the one being read. The last chapter is the chosen area's referral
// pathway, built afresh from its pack whenever it is opened.
class GuideController : public OpenableListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(QString title READ title CONSTANT)
    Q_PROPERTY(QString chapterTitle READ chapterTitle NOTIFY chapterChanged)
    Q_PROPERTY(QString nextChapterTitle READ nextChapterTitle NOTIFY chapterChanged)
    Q_PROPERTY(cg::GuideScreenListModel *screens READ screens CONSTANT)

public:
    enum Role { ChapterIdRole = Qt::UserRole + 1, TitleRole, OpenedRole };

    // `pathways` and `localServices` are keyed by area code; most areas have no pathway yet.
    GuideController(PractitionerGuide guide, QHash<QString, AreaPathway> pathways, QList<Service> nationalServices,
                    QHash<QString, QList<Service>> localServices, SettingsController &settings,
                    QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString title() const { return m_guide.title; }
    QString chapterTitle() const;
    QString nextChapterTitle() const;
    GuideScreenListModel *screens() { return &m_screens; }

    // False, changing nothing, for an unknown chapter id.
    bool openChapter(const QString &chapterId);
    Q_INVOKABLE void openNextChapter();
    // Every chapter's id, the pathway last: for routes.
    QStringList chapterIds() const;

    static inline const QString kPathwayChapter = QStringLiteral("pathway");

signals:
    void chapterChanged();
    void chapterOpened();

protected:
    int openedRole() const override { return OpenedRole; }
    void openRow(int row) override;

private:
    PractitionerGuide m_guide;
    QHash<QString, AreaPathway> m_pathways;
    QList<Service> m_nationalServices;
    QHash<QString, QList<Service>> m_localServices;
    SettingsController &m_settings;
    GuideScreenListModel m_screens;
    int m_chapter = -1;
};

} // namespace cg
