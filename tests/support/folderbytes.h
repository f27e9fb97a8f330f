#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QString>

// Every byte of every file directly in `folder`: what someone copying the app's data would get.
inline QByteArray folderBytes(const QString &folder)
{
    QByteArray everything;
    QDirIterator files(folder, QDir::Files);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            everything += file.readAll();
    }
    return everything;
}
