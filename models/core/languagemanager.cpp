#include "models/core/languagemanager.h"

#include "models/core/logging.h"

#include <QCoreApplication>
#include <QLocale>

namespace Ops {

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString LanguageManager::resolve(const QString& requested)
{
    const QString code = requested.trimmed().toLower();
    if (availableLanguages().contains(code))
        return code;
    if (code.isEmpty() || code == QLatin1String("system"))
        return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
    return {};
}

QString LanguageManager::nativeName(const QString& code)
{
    if (code == QLatin1String("ko"))
        return QStringLiteral("한국어");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

const QTranslator* LanguageManager::translatorFor(const QString& code)
{
    if (code != QLatin1String("ko"))
        return nullptr;
    if (m_language == code && !m_appTranslator.isEmpty())
        return &m_appTranslator;
    if (m_korean.isEmpty() && !m_korean.load(QStringLiteral(":/i18n/opsconsole_ko.qm")))
        qCWarning(lcI18n) << "console translation missing for" << code;
    return m_korean.isEmpty() ? nullptr : &m_korean;
}

bool LanguageManager::setLanguage(const QString& requested)
{
    const QString code = resolve(requested);
    if (code.isEmpty()) {
        qCWarning(lcI18n) << "no translation for" << requested;
        return false;
    }
    if (code == m_language)
        return true;

    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);

    // Both translators are compiled into the binary (see widgets/CMakeLists.txt).
    if (!m_appTranslator.load(QStringLiteral(":/i18n/opsconsole_%1.qm").arg(code)))
        qCWarning(lcI18n) << "console translation missing for" << code;
    else
        QCoreApplication::installTranslator(&m_appTranslator);
    if (code != QLatin1String("en")) {
        if (m_qtTranslator.load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(code)))
            QCoreApplication::installTranslator(&m_qtTranslator);
        else
            qCWarning(lcI18n) << "Qt's own translation missing for" << code;
    }
    QLocale::setDefault(QLocale(code == QLatin1String("ko") ? QLocale::Korean : QLocale::English,
                                code == QLatin1String("ko") ? QLocale::SouthKorea : QLocale::UnitedStates));
    m_language = code;
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace Ops
