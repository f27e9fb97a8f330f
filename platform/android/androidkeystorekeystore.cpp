#include "android/androidkeystorekeystore.h"

#include <QJniEnvironment>
#include <QJniObject>

namespace cg {
namespace {

// The Keystore entry that wraps the data key. Created on first save, deleted by erase().
const char *const kAlias = "commonground-journal-wrap";
constexpr int kGcmIvBytes = 12;
constexpr int kGcmTagBits = 128;
constexpr jint kEncryptMode = 1;  // javax.crypto.Cipher.ENCRYPT_MODE
constexpr jint kDecryptMode = 2;  // javax.crypto.Cipher.DECRYPT_MODE
constexpr jint kPurposeEncryptDecrypt = 1 | 2;  // KeyProperties.PURPOSE_ENCRYPT | PURPOSE_DECRYPT

// True when the last call threw; the exception is cleared so later calls can run.
bool threw()
{
    QJniEnvironment env;
    return env.checkAndClearExceptions(QJniEnvironment::OutputMode::Silent);
}

QJniObject javaString(const char *text)
{
    return QJniObject::fromString(QString::fromLatin1(text));
}

QJniObject javaBytes(const QByteArray &bytes)
{
    QJniEnvironment env;
    jbyteArray array = env->NewByteArray(jsize(bytes.size()));
    env->SetByteArrayRegion(array, 0, jsize(bytes.size()), reinterpret_cast<const jbyte *>(bytes.constData()));
    return QJniObject::fromLocalRef(array);
}

QByteArray bytesOf(const QJniObject &array)
{
    if (!array.isValid())
        return {};
    QJniEnvironment env;
    const auto javaArray = array.object<jbyteArray>();
    QByteArray bytes(env->GetArrayLength(javaArray), Qt::Uninitialized);
    env->GetByteArrayRegion(javaArray, 0, jsize(bytes.size()), reinterpret_cast<jbyte *>(bytes.data()));
    return bytes;
}

QJniObject loadedKeystore()
{
    QJniObject keystore = QJniObject::callStaticObjectMethod(
        "java/security/KeyStore", "getInstance", "(Ljava/lang/String;)Ljava/security/KeyStore;",
        javaString("AndroidKeyStore").object<jstring>());
    if (threw() || !keystore.isValid())
        return {};
    keystore.callMethod<void>("load", "(Ljava/security/KeyStore$LoadStoreParameter;)V", nullptr);
    return threw() ? QJniObject() : keystore;
}

// The wrapping key, made inside the Keystore the first time it is asked for with `create`.
QJniObject wrappingKey(bool create)
{
    QJniObject keystore = loadedKeystore();
    if (!keystore.isValid())
        return {};
    const bool exists = keystore.callMethod<jboolean>("containsAlias", "(Ljava/lang/String;)Z",
                                                      javaString(kAlias).object<jstring>());
    if (threw() || (!exists && !create))
        return {};
    if (!exists) {
        QJniObject builder("android/security/keystore/KeyGenParameterSpec$Builder", "(Ljava/lang/String;I)V",
                           javaString(kAlias).object<jstring>(), kPurposeEncryptDecrypt);
        QJniEnvironment env;
        jobjectArray modes = env->NewObjectArray(1, env->FindClass("java/lang/String"), javaString("GCM").object<jstring>());
        jobjectArray paddings = env->NewObjectArray(1, env->FindClass("java/lang/String"), javaString("NoPadding").object<jstring>());
        builder.callObjectMethod("setBlockModes", "([Ljava/lang/String;)Landroid/security/keystore/KeyGenParameterSpec$Builder;", modes);
        builder.callObjectMethod("setEncryptionPaddings", "([Ljava/lang/String;)Landroid/security/keystore/KeyGenParameterSpec$Builder;", paddings);
        builder.callObjectMethod("setKeySize", "(I)Landroid/security/keystore/KeyGenParameterSpec$Builder;", jint(256));
        const QJniObject spec = builder.callObjectMethod("build", "()Landroid/security/keystore/KeyGenParameterSpec;");
        QJniObject generator = QJniObject::callStaticObjectMethod(
            "javax/crypto/KeyGenerator", "getInstance", "(Ljava/lang/String;Ljava/lang/String;)Ljavax/crypto/KeyGenerator;",
            javaString("AES").object<jstring>(), javaString("AndroidKeyStore").object<jstring>());
        if (threw() || !generator.isValid())
            return {};
        generator.callMethod<void>("init", "(Ljava/security/spec/AlgorithmParameterSpec;)V", spec.object());
        generator.callObjectMethod("generateKey", "()Ljavax/crypto/SecretKey;");
        if (threw())
            return {};
    }
    QJniObject key = keystore.callObjectMethod("getKey", "(Ljava/lang/String;[C)Ljava/security/Key;",
                                               javaString(kAlias).object<jstring>(), nullptr);
    return threw() ? QJniObject() : key;
}

QJniObject gcmCipher()
{
    QJniObject cipher = QJniObject::callStaticObjectMethod("javax/crypto/Cipher", "getInstance",
                                                           "(Ljava/lang/String;)Ljavax/crypto/Cipher;",
                                                           javaString("AES/GCM/NoPadding").object<jstring>());
    return threw() ? QJniObject() : cipher;
}

} // namespace

AndroidKeystoreKeyStore::AndroidKeystoreKeyStore(QString wrappedKeyPath)
    : m_file(std::move(wrappedKeyPath))
{
}

std::optional<QByteArray> AndroidKeystoreKeyStore::load()
{
    m_error.clear();
    const std::optional<QByteArray> wrapped = m_file.load();
    if (!wrapped) {
        m_error = m_file.error();
        return std::nullopt;
    }
    std::optional<QByteArray> key = unwrap(*wrapped);
    if (!key)
        m_error = QStringLiteral("the Android Keystore could not open the journal's key");
    return key;
}

bool AndroidKeystoreKeyStore::save(const QByteArray &key)
{
    m_error.clear();
    const QByteArray wrapped = wrap(key);
    if (wrapped.isEmpty()) {
        m_error = QStringLiteral("the Android Keystore could not protect the journal's key");
        return false;
    }
    if (!m_file.save(wrapped)) {
        m_error = m_file.error();
        return false;
    }
    return true;
}

bool AndroidKeystoreKeyStore::erase()
{
    m_error.clear();
    if (!m_file.erase()) {
        m_error = m_file.error();
        return false;
    }
    // With the wrapped key gone the Keystore entry opens nothing; removing it is tidiness.
    QJniObject keystore = loadedKeystore();
    if (keystore.isValid()) {
        keystore.callMethod<void>("deleteEntry", "(Ljava/lang/String;)V", javaString(kAlias).object<jstring>());
        threw();
    }
    return true;
}

QByteArray AndroidKeystoreKeyStore::wrap(const QByteArray &key)
{
    const QJniObject wrapping = wrappingKey(true);
    QJniObject cipher = gcmCipher();
    if (!wrapping.isValid() || !cipher.isValid())
        return {};
    // The Keystore chooses the IV itself (callers may not), and it is kept in front.
    cipher.callMethod<void>("init", "(ILjava/security/Key;)V", kEncryptMode, wrapping.object());
    const QByteArray iv = bytesOf(cipher.callObjectMethod("getIV", "()[B"));
    const QByteArray sealed = bytesOf(cipher.callObjectMethod("doFinal", "([B)[B", javaBytes(key).object<jbyteArray>()));
    if (threw() || iv.size() != kGcmIvBytes || sealed.isEmpty())
        return {};
    return iv + sealed;
}

std::optional<QByteArray> AndroidKeystoreKeyStore::unwrap(const QByteArray &wrapped)
{
    const QJniObject wrapping = wrappingKey(false);
    QJniObject cipher = gcmCipher();
    if (!wrapping.isValid() || !cipher.isValid() || wrapped.size() <= kGcmIvBytes)
        return std::nullopt;
    const QJniObject spec("javax/crypto/spec/GCMParameterSpec", "(I[B)V", jint(kGcmTagBits),
                          javaBytes(wrapped.left(kGcmIvBytes)).object<jbyteArray>());
    cipher.callMethod<void>("init", "(ILjava/security/Key;Ljava/security/spec/AlgorithmParameterSpec;)V",
                            kDecryptMode, wrapping.object(), spec.object());
    const QByteArray key = bytesOf(cipher.callObjectMethod("doFinal", "([B)[B",
                                                           javaBytes(wrapped.mid(kGcmIvBytes)).object<jbyteArray>()));
    if (threw() || key.isEmpty())
        return std::nullopt;
    return key;
}

} // namespace cg
