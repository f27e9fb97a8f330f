#include "models/guidecontroller.h"

#include "models/pathwayscreens.h"
#include "models/settingscontroller.h"

namespace cg {

GuideController::GuideController(PractitionerGuide guide, QHash<QString, AreaPathway> pathways,
                                 QList<Service> nationalServices, QHash<QString, QList<Service>> localServices,
                                 SettingsController &settings, QObject *parent)
    : OpenableListModel(parent)
    , m_guide(std::move(guide))
    , m_pathways(std::move(pathways))
    , m_nationalServices(std::move(nationalServices))
    , m_localServices(std::move(localServices))
    , m_settings(settings)
{
}

int GuideController::rowCount(const QModelIndex &parent) const
{
    // The written chapters, then the area's pathway.
    return parent.isValid() ? 0 : int(m_guide.chapters.size()) + 1;
}

QVariant GuideController::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool pathway = index.row() == m_guide.chapters.size();
    switch (role) {
    case ChapterIdRole: return pathway ? kPathwayChapter : m_guide.chapters.at(index.row()).id;
    case TitleRole: return pathway ? tr("Your area's pathway") : m_guide.chapters.at(index.row()).title;
    case OpenedRole: return false;
    default: return {};
    }
}

QHash<int, QByteArray> GuideController::roleNames() const
{
    return {{ChapterIdRole, "chapterId"}, {TitleRole, "title"}, {OpenedRole, "opened"}};
}

QString GuideController::chapterTitle() const
{
    return m_chapter < 0 ? QString() : data(index(m_chapter), TitleRole).toString();
}

QString GuideController::nextChapterTitle() const
{
    return m_chapter < 0 || m_chapter + 1 >= rowCount() ? QString() : data(index(m_chapter + 1), TitleRole).toString();
}

QStringList GuideController::chapterIds() const
{
    QStringList ids;
    for (const GuideChapter &chapter : m_guide.chapters)
        ids << chapter.id;
    return ids << kPathwayChapter;
}

bool GuideController::openChapter(const QString &chapterId)
{
    const int row = int(chapterIds().indexOf(chapterId));
    if (row < 0)
        return false;
    m_chapter = row;
    if (chapterId == kPathwayChapter) {
        const auto pathway = m_pathways.constFind(m_settings.areaCode());
        m_screens.show(pathwayScreens(pathway == m_pathways.cend() ? nullptr : &*pathway, m_settings.areaName(),
                                      m_nationalServices, m_localServices.value(m_settings.areaCode())));
    } else {
        m_screens.show(m_guide.chapters.at(row).screens);
    }
    emit chapterChanged();
    emit chapterOpened();
    return true;
}

void GuideController::openNextChapter()
{
    if (m_chapter >= 0 && m_chapter + 1 < rowCount())
        openChapter(chapterIds().at(m_chapter + 1));
}

void GuideController::openRow(int row)
{
    openChapter(chapterIds().at(row));
}

} // namespace cg
