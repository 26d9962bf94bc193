window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014466089263648774"
          ],
          "editableUntil" : "2026-01-22T23:31:57.133Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "12",
      "id_str" : "2014466089263648774",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014466089263648774",
      "created_at" : "Thu Jan 22 22:31:57 +0000 2026",
      "favorited" : false,
      "full_text" : "GPU 服务器的故障率比普通服务器高得多，我们的统计是每月每千卡大约有五到八张卡出问题。备件库存一定要留足。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014201970445271040"
          ],
          "editableUntil" : "2026-01-22T06:02:26.615Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "1",
      "id_str" : "2014201970445271040",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014201970445271040",
      "created_at" : "Thu Jan 22 05:02:26 +0000 2026",
      "favorited" : false,
      "full_text" : "沈阳今天零下二十度，机房里倒是挺暖和，不想下班了。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014028723926220810"
          ],
          "editableUntil" : "2026-01-21T18:34:01.905Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofia Alvarez",
            "screen_name" : "sofia_sre",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2958213409",
            "id" : "2958213409"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "53"
      ],
      "favorite_count" : "9",
      "id_str" : "2014028723926220810",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014028723926220810",
      "created_at" : "Wed Jan 21 17:34:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@sofia_sre 对，就是这样改的。连接断开的回调里直接释放对应的 KV 块，再加一个兜底的超时回收。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2014027913863467017",
      "in_reply_to_status_id" : "2014027913863467017",
      "in_reply_to_user_id" : "2958213409",
      "in_reply_to_user_id_str" : "2958213409",
      "in_reply_to_screen_name" : "sofia_sre"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013994588454977549"
          ],
          "editableUntil" : "2026-01-21T16:18:22.144Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "运维",
            "indices" : [
              "77",
              "80"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "13",
      "id_str" : "2013994588454977549",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013994588454977549",
      "created_at" : "Wed Jan 21 15:18:22 +0000 2026",
      "favorited" : false,
      "full_text" : "凌晨三点被告警叫醒：推理服务显存泄漏，一个小时内 OOM 了六次。查到最后是长连接断开后 KV cache 没释放。运维 AI 服务比运维普通服务难多了。#运维",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013959829945475072"
          ],
          "editableUntil" : "2026-01-21T14:00:15.831Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "SRE",
            "indices" : [
              "47",
              "51"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "2",
      "id_str" : "2013959829945475072",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013959829945475072",
      "created_at" : "Wed Jan 21 13:00:15 +0000 2026",
      "favorited" : false,
      "full_text" : "我们的大模型网关加了自动切换：主供应商超时超过三秒就切备用。上个月切换了十一次，用户基本无感。#SRE",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013711170742296582"
          ],
          "editableUntil" : "2026-01-20T21:32:10.206Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofia Alvarez",
            "screen_name" : "sofia_sre",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2958213409",
            "id" : "2958213409"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "69"
      ],
      "favorite_count" : "22",
      "id_str" : "2013711170742296582",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2013711170742296582",
      "created_at" : "Tue Jan 20 20:32:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@sofia_sre 过期的 API key 这个坑我们也踩过。现在每周自动跑一次故障演练，把主供应商屏蔽掉十分钟，看备用链路能不能扛住。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2013643244461584389",
      "in_reply_to_status_id" : "2013643244461584389",
      "in_reply_to_user_id" : "2958213409",
      "in_reply_to_user_id_str" : "2958213409",
      "in_reply_to_screen_name" : "sofia_sre"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013657009714786308"
          ],
          "editableUntil" : "2026-01-20T17:56:57.061Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "25",
      "id_str" : "2013657009714786308",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013657009714786308",
      "created_at" : "Tue Jan 20 16:56:57 +0000 2026",
      "favorited" : false,
      "full_text" : "给大模型服务做容量规划，不能只看 QPS，要看平均输入输出 token 数。同样 100 QPS，平均上下文 2k 和 20k 是完全不同的两个世界。",
      "lang" : "zh"
    }
  }
]