package com.merchantanalysis.simulator.merchant.web;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.web.InvalidFieldException;
import com.merchantanalysis.simulator.merchant.domain.MerchantService;
import com.merchantanalysis.simulator.merchant.domain.NewMerchant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/simulator/merchants")
class MerchantController {

    private final MerchantService merchants;
    private final ZoneId defaultZone;

    MerchantController(MerchantService merchants, @Value("${merchant.zone}") ZoneId defaultZone) {
        this.merchants = merchants;
        this.defaultZone = defaultZone;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<MerchantResponse> create(@Valid @RequestBody CreateMerchantRequest request) {
        var created = merchants.create(new NewMerchant(request.archetype(), strip(request.name()),
                request.industry(), strip(request.city()), request.cityTier(), request.openingDate(),
                zone(request.zoneId()),
                request.licences() == null ? List.of()
                        : request.licences().stream().map(LicenceView::toLicence).toList(),
                channels(request.channels()), request.openingCashBalance()));
        return ResponseEntity.created(URI.create("/api/v1/simulator/merchants/" + created.id()))
                .body(MerchantResponse.of(created));
    }

    @GetMapping("/{merchantId}")
    MerchantResponse get(@PathVariable String merchantId, Authentication authentication) {
        return MerchantResponse.of(merchants.get(Caller.from(authentication), merchantId));
    }

    @GetMapping
    PageResponse<MerchantResponse> list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Authentication authentication) {
        return PageResponse.of(merchants.list(Caller.from(authentication), page, size), MerchantResponse::of);
    }

    @DeleteMapping("/{merchantId}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(@PathVariable String merchantId, Authentication authentication) {
        merchants.delete(Caller.from(authentication), merchantId);
        return ResponseEntity.noContent().build();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private ZoneId zone(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return defaultZone;
        }
        try {
            return ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            throw new InvalidFieldException("zoneId", "is not a known time zone (e.g. Asia/Shanghai)");
        }
    }

    private static List<com.merchantanalysis.common.data.ChannelContract> channels(List<ChannelView> channels) {
        if (channels == null) {
            return List.of();
        }
        EnumSet<PaymentChannel> seen = EnumSet.noneOf(PaymentChannel.class);
        for (ChannelView channel : channels) {
            if (!seen.add(channel.channel())) {
                throw new InvalidFieldException("channels", "lists " + channel.channel() + " more than once");
            }
        }
        return channels.stream().map(ChannelView::toContract).toList();
    }
}
