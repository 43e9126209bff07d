#pragma once

#include "models/stack/containerinfo.h"

#include <QByteArray>
#include <QHash>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Ops {

/// Parses what `docker compose ps` prints, in every shape Compose has printed:
///  - Compose v2 before 2.21, `--format json`: one JSON array of objects;
///  - Compose v2.21 and later, `--format json`: one JSON object per line;
///  - docker-compose v1 `ps`: a text table (Name, Command, State, Ports).
/// Pure and stateless: no I/O, so it is unit-tested with fixtures (and fuzzable).
class ComposePsParser
{
    Q_DECLARE_TR_FUNCTIONS(Ops::ComposePsParser)

public:
    enum class Format { Empty, JsonArray, JsonLines, Table };

    struct Result
    {
        bool ok = false;
        QString error;  ///< translated, when !ok
        Format format = Format::Empty;
        QVector<ContainerInfo> containers;
    };

    /// The most output parse() reads (4 MiB, half the runner's own cap, so that an output the runner cut
    /// short is refused for its size): a real stack's list is a few hundred bytes per container.
    static constexpr qsizetype kMaxOutputBytes = 4 * 1024 * 1024;

    /// `project` helps to find the service in v1 container names ("project_service_1"); may be empty.
    static Result parse(const QByteArray& output, const QString& project = QString());

    /// docker-compose v1's `images` table (Container, Repository, Tag, Image Id, Size): the image of each
    /// container by its name. v1's `ps` table has no image column; this fills it in.
    static QHash<QString, QString> parseImagesTable(const QByteArray& output, QString* error = nullptr);
    /// Puts the images of `images` (by container name) into the containers that lack one.
    static void applyImages(QVector<ContainerInfo>& containers, const QHash<QString, QString>& images);

    /// One entry per service, sorted by service name.
    static QVector<ServiceReplicas> summarize(const QVector<ContainerInfo>& containers);

    /// "repo/app:1.2" -> "1.2"; "repo/app@sha256:ab…" -> "sha256:ab…"; "host:5000/app" -> "latest".
    static QString tagOf(const QString& image);

private:
    static Result parseJsonArray(const QByteArray& output);
    static Result parseJsonLines(const QByteArray& output);
    static Result parseTable(const QByteArray& output, const QString& project);
};

} // namespace Ops
