#include "models/stack/composepsparser.h"

#include "models/core/formatting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace Ops {

namespace {

/// Some early v2 releases printed the human status ("Up 2 hours") as State.
QString normalizedState(const QString& raw)
{
    const QString state = raw.trimmed().toLower();
    if (state.startsWith(QLatin1String("up")))
        return state.contains(QLatin1String("paused")) ? QStringLiteral("paused") : QStringLiteral("running");
    if (state.startsWith(QLatin1String("exit")))
        return QStringLiteral("exited");
    return state;
}

QString serviceFromLabels(const QString& labels)
{
    static const QString key = QStringLiteral("com.docker.compose.service=");
    const QStringList parts = labels.split(u',');
    for (const QString& part : parts) {
        if (part.startsWith(key))
            return part.mid(key.size());
    }
    return QString();
}

bool containerFromJson(const QJsonObject& object, ContainerInfo* out)
{
    ContainerInfo info;
    info.name = object.value(QLatin1String("Name")).toString();
    if (info.name.isEmpty())
        info.name = object.value(QLatin1String("Names")).toString();
    if (info.name.isEmpty())
        return false;
    info.service = object.value(QLatin1String("Service")).toString();
    if (info.service.isEmpty())
        info.service = serviceFromLabels(object.value(QLatin1String("Labels")).toString());
    info.state = normalizedState(object.value(QLatin1String("State")).toString());
    info.health = object.value(QLatin1String("Health")).toString().trimmed().toLower();
    info.image = object.value(QLatin1String("Image")).toString();
    info.imageTag = ComposePsParser::tagOf(info.image);
    info.status = object.value(QLatin1String("Status")).toString();
    info.exitCode = object.value(QLatin1String("ExitCode")).toInt();
    *out = info;
    return true;
}

} // namespace

QString ComposePsParser::tagOf(const QString& image)
{
    if (image.isEmpty())
        return QString();
    const qsizetype at = image.indexOf(u'@');
    if (at >= 0)
        return image.mid(at + 1);
    const qsizetype slash = image.lastIndexOf(u'/');
    const qsizetype colon = image.lastIndexOf(u':');
    if (colon > slash)
        return image.mid(colon + 1);
    return QStringLiteral("latest");
}

ComposePsParser::Result ComposePsParser::parse(const QByteArray& output, const QString& project)
{
    // Refused before any parsing: the JSON parser's memory is a multiple of its input. Its depth is
    // bounded by Qt's own parser (1024 levels: an error in words, never a deep recursion).
    if (output.size() > kMaxOutputBytes) {
        Result result;
        result.error = tr("the container list is %1, more than the %2 the console reads: it was not read")
                           .arg(Ops::Format::bytes(output.size()), Ops::Format::bytes(kMaxOutputBytes));
        return result;
    }
    const QByteArray trimmed = output.trimmed();
    if (trimmed.isEmpty()) {
        Result result;
        result.ok = true;
        result.format = Format::Empty;
        return result;
    }
    if (trimmed.startsWith('['))
        return parseJsonArray(trimmed);
    if (trimmed.startsWith('{'))
        return parseJsonLines(trimmed);
    return parseTable(output, project);
}

ComposePsParser::Result ComposePsParser::parseJsonArray(const QByteArray& output)
{
    Result result;
    result.format = Format::JsonArray;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(output, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        result.error = tr("the container list is not valid JSON (%1 at offset %2)")
                           .arg(error.errorString())
                           .arg(error.offset);
        return result;
    }
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        ContainerInfo info;
        if (!array.at(i).isObject() || !containerFromJson(array.at(i).toObject(), &info)) {
            result.containers.clear();
            result.error = tr("entry %1 of the container list is not a container").arg(i + 1);
            return result;
        }
        result.containers.append(info);
    }
    result.ok = true;
    return result;
}

ComposePsParser::Result ComposePsParser::parseJsonLines(const QByteArray& output)
{
    Result result;
    result.format = Format::JsonLines;
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        ContainerInfo info;
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            result.containers.clear();
            result.error = tr("line %1 of the container list is not a JSON object").arg(i + 1);
            return result;
        }
        if (!containerFromJson(document.object(), &info)) {
            result.containers.clear();
            result.error = tr("line %1 of the container list has no container name").arg(i + 1);
            return result;
        }
        result.containers.append(info);
    }
    result.ok = true;
    return result;
}

QHash<QString, QString> ComposePsParser::parseImagesTable(const QByteArray& output, QString* error)
{
    QHash<QString, QString> images;
    const QStringList lines = QString::fromUtf8(output).split(u'\n');
    static const QRegularExpression header(QStringLiteral("^\\s*Container\\s+Repository\\s+Tag\\s+Image Id"));
    static const QRegularExpression dashes(QStringLiteral("^\\s*-{3,}\\s*$"));
    qsizetype row = 0;
    while (row < lines.size() && lines.at(row).trimmed().isEmpty())
        ++row;
    if (row >= lines.size()) // no containers: an empty table is printed as nothing at all
        return images;
    if (!header.match(lines.at(row)).hasMatch() || row + 1 >= lines.size() || !dashes.match(lines.at(row + 1)).hasMatch()) {
        if (error)
            *error = tr("the output is not the image table of docker-compose");
        return images;
    }
    for (row += 2; row < lines.size(); ++row) {
        const QStringList cells = lines.at(row).split(u' ', Qt::SkipEmptyParts);
        if (cells.size() < 3)
            continue;
        // An untagged image shows "<none>": its repository alone says nothing about the version.
        images.insert(cells.at(0), cells.at(2) == QLatin1String("<none>") ? cells.at(1) : cells.at(1) + u':' + cells.at(2));
    }
    return images;
}

void ComposePsParser::applyImages(QVector<ContainerInfo>& containers, const QHash<QString, QString>& images)
{
    for (ContainerInfo& c : containers) {
        if (!c.image.isEmpty())
            continue;
        const auto it = images.constFind(c.name);
        if (it == images.cend())
            continue;
        c.image = *it;
        c.imageTag = tagOf(c.image);
    }
}

ComposePsParser::Result ComposePsParser::parseTable(const QByteArray& output, const QString& project)
{
    Result result;
    result.format = Format::Table;
    const QStringList lines = QString::fromUtf8(output).split(u'\n');

    // Header ("Name  Command  State  Ports"), then a line of dashes, then one row per container.
    static const QRegularExpression header(QStringLiteral("^\\s*Name\\s+Command\\s+State(\\s+Ports)?\\s*$"));
    static const QRegularExpression dashes(QStringLiteral("^\\s*-{3,}\\s*$"));
    // The state column of v1: "Up", "Up (healthy)", "Up (health: starting)", "Exit 1", "Restarting", ...
    static const QRegularExpression stateColumn(
        QStringLiteral("\\s{2,}(Up(?: \\([^)]*\\))?|Exit -?\\d+|Restarting|Paused|Created|Dead|Removing|Ghost)(?=\\s{2,}|\\s*$)"));
    static const QRegularExpression replicaSuffix(QStringLiteral("_\\d+$"));

    qsizetype row = 0;
    while (row < lines.size() && lines.at(row).trimmed().isEmpty())
        ++row;
    if (row >= lines.size() || !header.match(lines.at(row)).hasMatch()) {
        result.error = tr("the output is neither JSON nor the container table of docker-compose");
        return result;
    }
    ++row;
    if (row >= lines.size() || !dashes.match(lines.at(row)).hasMatch()) {
        result.error = tr("the container table of docker-compose has no separator line");
        return result;
    }
    ++row;
    for (; row < lines.size(); ++row) {
        const QString line = lines.at(row);
        if (line.trimmed().isEmpty())
            continue;
        ContainerInfo info;
        info.name = line.section(u' ', 0, 0, QString::SectionSkipEmpty);
        const qsizetype afterName = line.indexOf(info.name) + info.name.size();
        const QRegularExpressionMatch match = stateColumn.match(line, afterName);
        if (info.name.isEmpty() || !match.hasMatch()) {
            result.containers.clear();
            result.error = tr("line %1 of the container table has no recognisable state").arg(row + 1);
            return result;
        }
        const QString status = match.captured(1);
        info.status = status;
        info.state = normalizedState(status);
        if (status.startsWith(QLatin1String("Exit")))
            info.exitCode = status.section(u' ', 1, 1).toInt();
        if (status.contains(QLatin1String("unhealthy")))
            info.health = QStringLiteral("unhealthy");
        else if (status.contains(QLatin1String("starting")))
            info.health = QStringLiteral("starting");
        else if (status.contains(QLatin1String("healthy")))
            info.health = QStringLiteral("healthy");

        // v1 names are project_service_N; v1 strips '_' from project names, so the first part is the project.
        QString rest = info.name;
        if (!project.isEmpty() && rest.startsWith(project + u'_'))
            rest = rest.mid(project.size() + 1);
        else if (rest.count(u'_') >= 2)
            rest = rest.section(u'_', 1);
        rest.remove(replicaSuffix);
        info.service = rest;
        result.containers.append(info);
    }
    result.ok = true;
    return result;
}

QVector<ServiceReplicas> ComposePsParser::summarize(const QVector<ContainerInfo>& containers)
{
    QMap<QString, ServiceReplicas> services;
    QMap<QString, QStringList> tags;
    for (const ContainerInfo& container : containers) {
        ServiceReplicas& entry = services[container.service];
        entry.service = container.service;
        ++entry.total;
        if (container.isRunning())
            ++entry.running;
        ++entry.states[container.state];
        if (container.health == QLatin1String("unhealthy"))
            entry.health = container.health;
        else if (container.health == QLatin1String("starting") && entry.health != QLatin1String("unhealthy"))
            entry.health = container.health;
        else if (container.health == QLatin1String("healthy") && entry.health.isEmpty())
            entry.health = container.health;
        QStringList& serviceTags = tags[container.service];
        if (!container.imageTag.isEmpty() && !serviceTags.contains(container.imageTag))
            serviceTags.append(container.imageTag);
    }
    QVector<ServiceReplicas> out;
    out.reserve(services.size());
    for (auto it = services.begin(); it != services.end(); ++it) {
        it->imageTag = tags.value(it.key()).join(QStringLiteral(", "));
        out.append(*it);
    }
    return out;
}

} // namespace Ops
