#include "ios/keychainkeystore.h"

#include <CoreFoundation/CoreFoundation.h>
#include <Security/Security.h>

#include <utility>

namespace cg {
namespace {

// Releases a Core Foundation object when it goes out of scope; moved, never copied, so it is
// released exactly once.
template<typename T>
struct Owned {
    T ref = nullptr;

    Owned() = default;
    explicit Owned(T created) : ref(created) {}
    Owned(Owned &&other) noexcept : ref(std::exchange(other.ref, nullptr)) {}
    Owned(const Owned &) = delete;
    Owned &operator=(const Owned &) = delete;
    ~Owned()
    {
        if (ref)
            CFRelease(ref);
    }
};

// The query that names the one item: a generic password for this app's journal.
Owned<CFMutableDictionaryRef> itemQuery()
{
    Owned<CFMutableDictionaryRef> query{CFDictionaryCreateMutable(kCFAllocatorDefault, 0, &kCFTypeDictionaryKeyCallBacks,
                                                                  &kCFTypeDictionaryValueCallBacks)};
    CFDictionarySetValue(query.ref, kSecClass, kSecClassGenericPassword);
    CFDictionarySetValue(query.ref, kSecAttrService, CFSTR("org.commonground.journal"));
    CFDictionarySetValue(query.ref, kSecAttrAccount, CFSTR("data-key"));
    return query;
}

} // namespace

std::optional<QByteArray> KeychainKeyStore::load()
{
    m_error.clear();
    Owned<CFMutableDictionaryRef> query = itemQuery();
    CFDictionarySetValue(query.ref, kSecReturnData, kCFBooleanTrue);
    CFDictionarySetValue(query.ref, kSecMatchLimit, kSecMatchLimitOne);
    Owned<CFTypeRef> result;
    const OSStatus status = SecItemCopyMatching(query.ref, &result.ref);
    if (status == errSecItemNotFound)
        return std::nullopt;  // first use: no key yet, and no error
    if (status != errSecSuccess || !result.ref || CFGetTypeID(result.ref) != CFDataGetTypeID()) {
        fail("read", status);
        return std::nullopt;
    }
    const auto data = static_cast<CFDataRef>(result.ref);
    return QByteArray(reinterpret_cast<const char *>(CFDataGetBytePtr(data)), CFDataGetLength(data));
}

bool KeychainKeyStore::save(const QByteArray &key)
{
    m_error.clear();
    Owned<CFDataRef> data{CFDataCreate(kCFAllocatorDefault, reinterpret_cast<const UInt8 *>(key.constData()), key.size())};
    Owned<CFMutableDictionaryRef> query = itemQuery();
    Owned<CFMutableDictionaryRef> changes{CFDictionaryCreateMutable(
        kCFAllocatorDefault, 0, &kCFTypeDictionaryKeyCallBacks, &kCFTypeDictionaryValueCallBacks)};
    CFDictionarySetValue(changes.ref, kSecValueData, data.ref);
    OSStatus status = SecItemUpdate(query.ref, changes.ref);
    if (status == errSecItemNotFound) {
        CFDictionarySetValue(query.ref, kSecValueData, data.ref);
        CFDictionarySetValue(query.ref, kSecAttrAccessible, kSecAttrAccessibleWhenUnlockedThisDeviceOnly);
        status = SecItemAdd(query.ref, nullptr);
    }
    return status == errSecSuccess || fail("keep", status);
}

bool KeychainKeyStore::erase()
{
    m_error.clear();
    Owned<CFMutableDictionaryRef> query = itemQuery();
    const OSStatus status = SecItemDelete(query.ref);
    return status == errSecSuccess || status == errSecItemNotFound || fail("remove", status);
}

bool KeychainKeyStore::fail(const char *what, int status)
{
    m_error = QStringLiteral("the Keychain could not %1 the journal's key (status %2)").arg(QLatin1String(what)).arg(status);
    return false;
}

} // namespace cg
