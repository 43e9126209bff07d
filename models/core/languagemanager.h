#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace Ops {

/// Installs the console's and Qt's own translators and switches them while running.
/// Qt then sends QEvent::LanguageChange to every widget, which retranslates itself.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject* parent = nullptr);

    /// Languages with a translation compiled in ("en", "ko").
    static QStringList availableLanguages();
    /// "ko" or "en" for a requested code; empty or "system" picks from the system locale.
    static QString resolve(const QString& requested);
    /// Native name of a language for menus ("English", "한국어").
    static QString nativeName(const QString& code);

    /// Switches to `code` (resolved first). Returns false when it is not available.
    bool setLanguage(const QString& code);
    QString language() const { return m_language; }
    /// The console's translator for `code` whatever the interface language (the incident template is
    /// written in Korean and English); null for English. Loaded once, shared with the interface.
    const QTranslator* translatorFor(const QString& code);

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QTranslator m_korean; ///< only when the interface is not Korean and translatorFor("ko") was asked
    QString m_language;
};

} // namespace Ops
