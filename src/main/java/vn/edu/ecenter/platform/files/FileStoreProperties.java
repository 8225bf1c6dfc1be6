package vn.edu.ecenter.platform.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The file store's settings ({@code ecenter.files.*}).
 *
 * @param maxSize the largest file accepted; multipart uploads are capped at the same size
 */
@ConfigurationProperties("ecenter.files")
record FileStoreProperties(@DefaultValue("10MB") DataSize maxSize) {}
