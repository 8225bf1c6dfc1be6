package vn.edu.ecenter.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@DisplayName("Bộ nhớ tạm ngắn hạn cho dữ liệu hiển thị")
class ShortLivedCacheTests {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    private final ShortLivedCache<String, String> cache = new ShortLivedCache<>(Duration.ofSeconds(30), now::get);

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    private String load(String key) {
        return key + "#" + loads.incrementAndGet();
    }

    @Test
    @DisplayName("Trong thời gian lưu, giá trị được dùng lại; hết thời gian thì đọc lại")
    void keepsAValueForItsTimeToLive() {
        assertThat(cache.get("tt", this::load)).isEqualTo("tt#1");
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(cache.get("tt", this::load)).isEqualTo("tt#1");
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.get("tt", this::load)).isEqualTo("tt#2");
    }

    @Test
    @DisplayName("Thay đổi trên nút này được thấy ngay")
    void forgetsAtOnce() {
        cache.get("tt", this::load);
        cache.forget("tt");
        assertThat(cache.get("tt", this::load)).isEqualTo("tt#2");
    }

    @Test
    @DisplayName("Trong giao dịch luôn đọc lại và không ghi nhớ")
    void readsThroughInsideTransactions() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        assertThat(cache.get("tt", this::load)).isEqualTo("tt#1");
        assertThat(cache.get("tt", this::load)).isEqualTo("tt#2");
        TransactionSynchronizationManager.setActualTransactionActive(false);
        assertThat(cache.get("tt", this::load)).isEqualTo("tt#3");
    }

    @Test
    @DisplayName("Quên giá trị trong giao dịch thì quên lại khi giao dịch kết thúc")
    void forgetsAgainWhenTheTransactionEnds() {
        TransactionSynchronizationManager.initSynchronization();
        cache.forget("tt");
        // Another request reads the old value before the commit.
        cache.get("tt", this::load);

        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            synchronization.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
        }

        assertThat(cache.get("tt", this::load)).isEqualTo("tt#2");
    }
}
