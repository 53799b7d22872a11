package io.talentatlas.metrics.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A gazetteer row, mirrored into the database so that queries can filter facts by level and parent. */
@Entity
@Table(name = "region")
public class RegionEntity extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String level;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "dev_zone", nullable = false)
    public boolean devZone;
}
