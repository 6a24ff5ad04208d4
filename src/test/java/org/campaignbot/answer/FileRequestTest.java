package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileRequestTest {
    @Test
    void requestsForAWholeDocument() {
        assertThat(FileRequest.is("容错纠错实施办法全文发我一下")).isTrue();
        assertThat(FileRequest.is("能不能把实施方案的Word版发给我")).isTrue();
        assertThat(FileRequest.is("发我一份讲话原文")).isTrue();
        assertThat(FileRequest.reply().citations()).isEmpty();
    }

    @Test
    void questionsAboutDocumentsAreNotRequests() {
        assertThat(FileRequest.is("文件对过度留痕怎么规定的")).isFalse();
        assertThat(FileRequest.is("方案原文是怎么写容错纠错的")).isFalse();
        assertThat(FileRequest.is("发文数量要压减多少")).isFalse();
    }
}
