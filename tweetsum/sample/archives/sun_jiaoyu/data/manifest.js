window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1304010897618179092",
    "userName" : "sun_jiaoyu",
    "displayName" : "孙老师"
  },
  "archiveInfo" : {
    "sizeBytes" : "10801",
    "generationDate" : "2026-01-23T00:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "dataTypes" : {
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "7"
        }
      ]
    },
    "noteTweet" : {
      "files" : []
    }
  }
}